package org.geotrends.jobs.export;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.network.ActorNodesTable;
import org.geotrends.jobs.network.CoMentionsTable;
import org.geotrends.jobs.window.Granularity;

/**
 * Writes one granularity of the network (all publishers together) as
 * {@code graph/co_mentions.gexf} — GEXF 1.3, dynamic: each window is a time interval, counts and
 * measures are attributes per interval, so Gephi's timeline plays the network month by month —
 * and {@code graph/co_mentions.graphml}, the network over the whole period (GraphML has no
 * time). Rows are streamed to the driver one partition at a time, sorted, never collected whole.
 */
public final class GraphExport {
  public static final String FOLDER = "graph";
  public static final String GEXF = "co_mentions.gexf";
  public static final String GRAPHML = "co_mentions.graphml";

  /** Per window, of each node: columns of actor_nodes. */
  private static final String[] NODE_ATTRIBUTES = {"articles", "pagerank", "community"};
  /** Per window, of each edge: columns of co_mentions, and the pair's top terms. */
  private static final String[] EDGE_MEASURES = {"articles", "sentences", "jaccard", "npmi", "lift", "terms"};
  private static final String TERMS = "terms";

  private final Granularity granularity;
  private final Function<String, String> labels;

  /** @param labels actor id to display name (the id itself when unknown) */
  public GraphExport(Granularity granularity, Function<String, String> labels) {
    this.granularity = granularity;
    this.labels = labels;
  }

  /** What was written: nodes and edges of the GEXF file (per window) and of the GraphML file (overall). */
  public record Written(String granularity, long nodes, long edges, long graphmlNodes, long graphmlEdges) {

    /** The {@code graph} section of a stage in {@code run-summary.json}. */
    public Map<String, Object> toSummary() {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("granularity", granularity);
      m.put("nodes", nodes);
      m.put("edges", edges);
      m.put("graphml_nodes", graphmlNodes);
      m.put("graphml_edges", graphmlEdges);
      return m;
    }
  }

  /** Writes both files under {@code <output>/graph/}; returns the number of nodes and edges. */
  public Written write(Dataset<Row> coMentions, Dataset<Row> actorNodes, String output,
      Configuration conf) {
    return write(coMentions, actorNodes, null, output, conf);
  }

  /** Terms per edge and in the files. */
  public static final int EDGE_TERMS = 5;

  /**
   * As {@link #write(Dataset, Dataset, String, Configuration)}, with each edge's top terms from
   * {@code pairTerms} (null: none): per window in GEXF (attribute {@code terms}), over all windows
   * (summed G2) in GraphML (key {@code terms}); "" where the pair has none.
   */
  public Written write(Dataset<Row> coMentions, Dataset<Row> actorNodes, Dataset<Row> pairTerms,
      String output, Configuration conf) {
    Dataset<Row> edges = coMentions.where(col("granularity").equalTo(granularity.code())
        .and(col("publisher").isNull()));
    if (pairTerms != null) {
      Dataset<Row> mine = pairTerms.where(col("granularity").equalTo(granularity.code())
          .and(col("publisher").isNull()));
      Dataset<Row> perWindow = mine.groupBy("actor_a", "actor_b", "window_start")
          .agg(org.apache.spark.sql.functions.expr("concat_ws(', ', transform(slice(sort_array(collect_list("
              + "struct(score, term)), false), 1, " + EDGE_TERMS + "), x -> x.term))").as("terms"));
      Dataset<Row> overall = mine.groupBy("actor_a", "actor_b", "term").agg(sum("score").as("score"))
          .groupBy("actor_a", "actor_b")
          .agg(org.apache.spark.sql.functions.expr("concat_ws(', ', transform(slice(sort_array(collect_list("
              + "struct(score, term)), false), 1, " + EDGE_TERMS + "), x -> x.term))").as("all_terms"));
      edges = edges.join(perWindow, scala.jdk.javaapi.CollectionConverters.asScala(
              java.util.List.of("actor_a", "actor_b", "window_start")).toSeq(), "left")
          .join(overall, scala.jdk.javaapi.CollectionConverters.asScala(
              java.util.List.of("actor_a", "actor_b")).toSeq(), "left");
    } else {
      edges = edges.withColumn("terms", org.apache.spark.sql.functions.lit(null).cast("string"))
          .withColumn("all_terms", org.apache.spark.sql.functions.lit(null).cast("string"));
    }
    Dataset<Row> nodes = actorNodes.where(col("granularity").equalTo(granularity.code())
        .and(col("publisher").isNull()));
    Dataset<Row> withTerms = edges;
    long[] gexf = write(new Path(new Path(output, FOLDER), GEXF), conf, xml -> gexf(xml, nodes, withTerms));
    long[] graphml = write(new Path(new Path(output, FOLDER), GRAPHML), conf,
        xml -> graphml(xml, nodes, withTerms));
    return new Written(granularity.code(), gexf[0], gexf[1], graphml[0], graphml[1]);
  }

  private interface XmlBody {
    long[] write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static long[] write(Path path, Configuration conf, XmlBody body) {
    try (OutputStream out = path.getFileSystem(conf).create(path, true)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      long[] counts = body.write(xml);
      xml.writeEndDocument();
      xml.close();
      return counts;
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  private long[] gexf(XMLStreamWriter x, Dataset<Row> nodes, Dataset<Row> edges) throws XMLStreamException {
    x.writeStartElement("gexf");
    x.writeDefaultNamespace("http://gexf.net/1.3");
    x.writeAttribute("version", "1.3");
    x.writeStartElement("meta");
    x.writeStartElement("creator");
    x.writeCharacters("geotrends");
    x.writeEndElement();
    x.writeStartElement("description");
    x.writeCharacters("Actors mentioned together in news articles, per " + granularity.code());
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement("graph");
    x.writeAttribute("defaultedgetype", "undirected");
    x.writeAttribute("mode", "dynamic");
    x.writeAttribute("timeformat", "date");
    attributes(x, "node", NODE_ATTRIBUTES, ActorNodesTable.SCHEMA);
    attributes(x, "edge", EDGE_MEASURES, CoMentionsTable.SCHEMA);

    long nodeCount = 0;
    x.writeStartElement("nodes");
    Iterator<Row> it = nodes.select("actor_id", "window_start", "articles", "pagerank", "community")
        .orderBy("actor_id", "window_start").toLocalIterator();
    Spells node = null;
    while (it.hasNext()) {
      Row r = it.next();
      if (node == null || !node.id.equals(r.getString(0))) {
        if (node != null) {
          node.close(x);
        }
        nodeCount++;
        x.writeStartElement("node");
        x.writeAttribute("id", r.getString(0));
        x.writeAttribute("label", labels.apply(r.getString(0)));
        node = new Spells(r.getString(0));
      }
      node.add(r.getDate(1), new Object[] {r.get(2), r.get(3), r.get(4)},
          NODE_ATTRIBUTES);
    }
    if (node != null) {
      node.close(x);
    }
    x.writeEndElement();

    long edgeCount = 0;
    x.writeStartElement("edges");
    Iterator<Row> e = edges.select(col("actor_a"), col("actor_b"), col("window_start"),
            col("articles"), col("sentences"), col("jaccard"), col("npmi"), col("lift"),
            org.apache.spark.sql.functions.coalesce(col("terms"), org.apache.spark.sql.functions.lit("")))
        .orderBy("actor_a", "actor_b", "window_start").toLocalIterator();
    Spells edge = null;
    while (e.hasNext()) {
      Row r = e.next();
      String id = r.getString(0) + "|" + r.getString(1);
      if (edge == null || !edge.id.equals(id)) {
        if (edge != null) {
          edge.close(x);
        }
        edgeCount++;
        x.writeStartElement("edge");
        x.writeAttribute("id", id);
        x.writeAttribute("source", r.getString(0));
        x.writeAttribute("target", r.getString(1));
        edge = new Spells(id);
      }
      edge.add(r.getDate(2), new Object[] {r.get(3), r.get(4), r.get(5), r.get(6), r.get(7), r.get(8)},
          EDGE_MEASURES);
    }
    if (edge != null) {
      edge.close(x);
    }
    x.writeEndElement();
    x.writeEndElement(); // graph
    x.writeEndElement(); // gexf
    return new long[] {nodeCount, edgeCount};
  }

  /** Declares attributes {@code ids} with their types in {@code table} (GEXF's names are Spark's). */
  private static void attributes(XMLStreamWriter x, String cls, String[] ids, StructType table)
      throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", cls);
    x.writeAttribute("mode", "dynamic");
    for (int i = 0; i < ids.length; i++) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", ids[i]);
      x.writeAttribute("title", ids[i]);
      x.writeAttribute("type", ids[i].equals(TERMS) ? "string" : table.apply(ids[i]).dataType().typeName());
    }
    x.writeEndElement();
  }

  /** The per-window values of one node or edge, written when the element is complete. */
  private final class Spells {
    final String id;
    private final java.util.List<Object[]> values = new java.util.ArrayList<>();
    private final java.util.List<LocalDate[]> intervals = new java.util.ArrayList<>();
    private String[] names;

    Spells(String id) {
      this.id = id;
    }

    void add(Date windowStart, Object[] v, String[] n) {
      LocalDate start = windowStart.toLocalDate();
      intervals.add(new LocalDate[] {start, end(start)});
      values.add(v);
      names = n;
    }

    void close(XMLStreamWriter x) throws XMLStreamException {
      x.writeStartElement("attvalues");
      for (int i = 0; i < intervals.size(); i++) {
        for (int j = 0; j < names.length; j++) {
          x.writeEmptyElement("attvalue");
          x.writeAttribute("for", names[j]);
          x.writeAttribute("value", String.valueOf(values.get(i)[j]));
          x.writeAttribute("start", intervals.get(i)[0].toString());
          x.writeAttribute("end", intervals.get(i)[1].toString());
        }
      }
      x.writeEndElement();
      x.writeStartElement("spells");
      for (LocalDate[] interval : intervals) {
        x.writeEmptyElement("spell");
        x.writeAttribute("start", interval[0].toString());
        x.writeAttribute("end", interval[1].toString());
      }
      x.writeEndElement();
      x.writeEndElement(); // node or edge
    }
  }

  /** The last day of the window starting on {@code start}. */
  private LocalDate end(LocalDate start) {
    return switch (granularity) {
      case DAY -> start;
      case WEEK -> start.plusWeeks(1).minusDays(1);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }

  private long[] graphml(XMLStreamWriter x, Dataset<Row> nodes, Dataset<Row> edges) throws XMLStreamException {
    x.writeStartElement("graphml");
    x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
    key(x, "label", "node", "string");
    key(x, "articles", "node", "long");
    key(x, "windows", "node", "int");
    key(x, "weight", "edge", "long");
    key(x, "sentences", "edge", "long");
    key(x, "windows", "edge", "int");
    key(x, "first_window", "edge", "string");
    key(x, "last_window", "edge", "string");
    key(x, "terms", "edge", "string");
    x.writeStartElement("graph");
    x.writeAttribute("id", "co_mentions");
    x.writeAttribute("edgedefault", "undirected");
    long nodeCount = 0;
    Iterator<Row> n = nodes.groupBy("actor_id").agg(sum("articles"), count("window_start"))
        .orderBy("actor_id").toLocalIterator();
    while (n.hasNext()) {
      Row r = n.next();
      nodeCount++;
      x.writeStartElement("node");
      x.writeAttribute("id", r.getString(0));
      data(x, "n_label", labels.apply(r.getString(0)));
      data(x, "n_articles", r.get(1));
      data(x, "n_windows", r.get(2));
      x.writeEndElement();
    }
    long edgeCount = 0;
    Iterator<Row> e = edges.groupBy("actor_a", "actor_b")
        .agg(sum("articles"), sum("sentences"), count("window_start"),
            min("window_start").cast("string"), max("window_start").cast("string"),
            org.apache.spark.sql.functions.coalesce(org.apache.spark.sql.functions.first("all_terms", true),
                org.apache.spark.sql.functions.lit("")))
        .orderBy("actor_a", "actor_b").toLocalIterator();
    while (e.hasNext()) {
      Row r = e.next();
      edgeCount++;
      x.writeStartElement("edge");
      x.writeAttribute("source", r.getString(0));
      x.writeAttribute("target", r.getString(1));
      data(x, "e_weight", r.get(2));
      data(x, "e_sentences", r.get(3));
      data(x, "e_windows", r.get(4));
      data(x, "e_first_window", r.get(5));
      data(x, "e_last_window", r.get(6));
      data(x, "e_terms", r.get(7));
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    return new long[] {nodeCount, edgeCount};
  }

  private static void key(XMLStreamWriter x, String name, String target, String type) throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", target.charAt(0) + "_" + name);
    x.writeAttribute("for", target);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  /** A value of the key {@code n_<name>} (nodes) or {@code e_<name>} (edges) declared by {@link #key}. */
  private static void data(XMLStreamWriter x, String key, Object value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(String.valueOf(value));
    x.writeEndElement();
  }
}
