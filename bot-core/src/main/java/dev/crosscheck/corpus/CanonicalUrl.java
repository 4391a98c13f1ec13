package dev.crosscheck.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A URL as one article's identity: no fragment, no click-tracking parameters, a lower-case scheme and host. */
public final class CanonicalUrl {
    /** Parameters that say how a reader arrived, not what they read (utm_* besides). */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "yclid", "_ga", "_gl", "ocid", "cmpid", "ns_mchannel", "ns_source", "ns_campaign",
            "ns_linkname", "ns_fee", "at_medium", "at_campaign");

    private CanonicalUrl() {
    }

    public static URI of(URI uri) {
        try {
            String query = uri.getRawQuery();
            String kept = null;
            if (query != null) {
                List<String> params = new ArrayList<>();
                for (String p : query.split("&")) {
                    String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (!p.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                        params.add(p);
                    }
                }
                kept = params.isEmpty() ? null : String.join("&", params);
            }
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if ("http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String authority = host == null ? uri.getRawAuthority() : host + (port == -1 ? "" : ":" + port);
            return new URI(scheme + "://" + authority + path + (kept == null ? "" : "?" + kept));
        } catch (URISyntaxException e) {
            return uri;
        }
    }
}
