package org.geotrends.jobs.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.geotrends.jobs.SparkTest;
import org.geotrends.jobs.network.NetworkJob;
import org.geotrends.jobs.network.NetworkTables;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphExportTest extends SparkTest {

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void writesTheMonthlyNetworkAsDynamicGexfAndWholePeriodGraphml(@TempDir Path tmp) throws Exception {
    NetworkTables n = NetworkTables.ofCoverageFixture(spark(),
        new NetworkJob.Options(List.of(Granularity.MONTH), false, 1, Counting.ARTICLES));

    GraphExport.Written counts = new GraphExport(Granularity.MONTH, id -> id.equals("RUS") ? "Russia" : id)
        .write(n.coMentions(), n.actorNodes(), tmp.toString(), spark().sparkContext().hadoopConfiguration());

    assertEquals(5, counts.nodes());
    assertEquals(7, counts.edges(), "distinct pairs over the three months");
    Document gexf = parse(tmp.resolve("graph/co_mentions.gexf"));
    Element root = gexf.getDocumentElement();
    assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
    assertEquals("dynamic", ((Element) root.getElementsByTagName("graph").item(0)).getAttribute("mode"));
    Element rus = null;
    NodeList nodes = gexf.getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      if (((Element) nodes.item(i)).getAttribute("id").equals("RUS")) {
        rus = (Element) nodes.item(i);
      }
    }
    assertEquals("Russia", rus.getAttribute("label"));
    NodeList spells = rus.getElementsByTagName("spell");
    assertEquals(3, spells.getLength(), "RUS is in January, February and March");
    assertEquals("2024-02-01", ((Element) spells.item(1)).getAttribute("start"));
    assertEquals("2024-02-29", ((Element) spells.item(1)).getAttribute("end"));

    Document graphml = parse(tmp.resolve("graph/co_mentions.graphml"));
    assertEquals(5, graphml.getElementsByTagName("node").getLength());
    assertEquals(7, graphml.getElementsByTagName("edge").getLength());
    NodeList edges = graphml.getElementsByTagName("edge");
    Element rusTur = null;
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      if (e.getAttribute("source").equals("RUS") && e.getAttribute("target").equals("TUR")) {
        rusTur = e;
      }
    }
    assertNotNull(rusTur, "no RUS-TUR edge");
    // 2 + 1 + 2 joint articles over the three months
    assertEquals("5", rusTur.getElementsByTagName("data").item(0).getTextContent());
  }
}
