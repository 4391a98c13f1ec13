package dev.crosscheck.corpus;

import java.net.URI;
import java.util.Locale;

/** Web page addresses: what feeds are followed at and what a citation may link to. */
public final class WebAddress {
    private WebAddress() {
    }

    /** Whether the address is a web page's: http or https, with a host. Anything else could mislead in a chat. */
    public static boolean isWebPage(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }
}
