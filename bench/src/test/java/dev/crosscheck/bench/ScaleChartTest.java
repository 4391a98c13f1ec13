package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The scale chart: standalone SVG that any XML parser reads, with every measured point in its series. */
class ScaleChartTest {
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theChartIsWellFormedSvgWithEveryPointOfEachSeries() throws Exception {
        String svg = ScaleChart.svg(ScalePoints.four(12.8, 830));
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());

        NodeList circles = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
        List<String> points = new ArrayList<>();
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            points.add(c.getAttribute("data-series") + "@" + c.getAttribute("data-articles") + "="
                    + c.getAttribute("data-value"));
        }
        assertEquals(12, points.size(), points.toString());
        assertTrue(points.contains("p50@5=8.500"), points.toString());
        assertTrue(points.contains("p99@8904=60.400"), points.toString());
        assertTrue(points.contains("indexing@2225=116.000"), points.toString());

        String text = root.getTextContent();
        for (String label : List.of("5", "500", "2,225", "8,904", "articles (log scale)", "latency (ms)",
                "indexing time (s)", "Crosscheck at scale")) {
            assertTrue(text.contains(label), label);
        }
    }

    @Test
    void largerCorporaLieFurtherRightOnTheLogAxis() throws Exception {
        Document doc = parse(ScaleChart.svg(ScalePoints.four(12.8, 830)));
        NodeList circles = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
        double previous = -1;
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            if (c.getAttribute("data-series").equals("p50")) {
                double x = Double.parseDouble(c.getAttribute("cx"));
                assertTrue(x > previous, "points in article order, left to right");
                previous = x;
            }
        }
    }

    @Test
    void aSingleCorpusStillCharts() throws Exception {
        Document doc = parse(ScaleChart.svg(List.of(ScalePoints.point("seeds", 5, 0.6, 8.5, 17.2, 1.5, 400))));
        assertEquals(3, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength());
    }
}
