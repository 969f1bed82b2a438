// Apache Jena 4.5 (Debian's libapache-jena-java) over many RDF files in one JVM: what `riot --validate` and
// `rdfcompare` check, batched, because each JVM start costs seconds. Run by test/helpers/java.ts.
//
// Commands, one per line on stdin; one JSON line per command on stdout:
//   load NAME LANG PATH         parse PATH strictly as LANG (riot's names: turtle, trig, nquads, ntriples, rdfxml,
//                               jsonld10), with IRI and literal checking; warnings count as failures
//                               → {"name","ok","triples","error","warnings"}
//   iso NAME NAME               are two graphs isomorphic (rdfcompare)? a NAME picks the default graph,
//                               NAME#union the union of the named graphs, NAME#IRI|IRI… the union of those named
//                               graphs → {"iso","left","right"}
//   construct NAME SOURCE FILE  the graph a SPARQL CONSTRUCT (in FILE) makes of SOURCE, as a new NAME
import com.google.gson.Gson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;

public class JenaCheck {
  private static final Gson GSON = new Gson();
  private static final Map<String, DatasetGraph> DATA = new HashMap<>();

  public static void main(String[] args) throws Exception {
    JenaSystem.init();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) continue;
      String[] w = line.trim().split(" ", 4);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("command", w[0]);
      try {
        switch (w[0]) {
          case "load" -> load(w[1], w[2], w[3], out);
          case "iso" -> {
            Graph left = graph(w[1]), right = graph(w[2]);
            out.put("left", left.size());
            out.put("right", right.size());
            out.put("iso", left.isIsomorphicWith(right));
          }
          case "construct" -> {
            String query = Files.readString(Path.of(w[3]));
            try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetFactory.wrap(DATA.get(w[2])))) {
              DatasetGraph made = DatasetGraphFactory.create(exec.execConstruct().getGraph());
              DATA.put(w[1], made);
              out.put("name", w[1]);
              out.put("triples", made.getDefaultGraph().size());
            }
          }
          default -> out.put("error", "unknown command " + w[0]);
        }
      } catch (Exception e) {
        out.put("error", String.valueOf(e.getMessage()));
      }
      System.out.println(GSON.toJson(out));
      System.out.flush();
    }
  }

  private static void load(String name, String langName, String path, Map<String, Object> out) {
    Lang lang = RDFLanguages.nameToLang(langName);
    if (lang == null) throw new IllegalArgumentException("no RDF syntax called " + langName);
    List<String> warnings = new ArrayList<>();
    ErrorHandler handler = new ErrorHandler() {
      public void warning(String message, long line, long col) { warnings.add(line + ":" + col + ": " + message); }
      public void error(String message, long line, long col) { throw new RiotException(line + ":" + col + ": " + message); }
      public void fatal(String message, long line, long col) { throw new RiotException(line + ":" + col + ": " + message); }
    };
    DatasetGraph dsg = DatasetGraphFactory.create();
    out.put("name", name);
    try {
      RDFParser.create().source(path).forceLang(lang).strict(true).checking(true).errorHandler(handler).build().parse(dsg);
      long triples = dsg.getDefaultGraph().size();
      for (var it = dsg.listGraphNodes(); it.hasNext(); ) triples += dsg.getGraph(it.next()).size();
      DATA.put(name, dsg);
      out.put("ok", warnings.isEmpty());
      out.put("triples", triples);
    } catch (RiotException e) {
      out.put("ok", false);
      out.put("error", e.getMessage());
    }
    out.put("warnings", warnings);
  }

  private static Graph graph(String selector) {
    int hash = selector.indexOf('#');
    String name = hash < 0 ? selector : selector.substring(0, hash);
    DatasetGraph dsg = DATA.get(name);
    if (dsg == null) throw new IllegalArgumentException("nothing loaded as " + name);
    if (hash < 0) return dsg.getDefaultGraph();
    String which = selector.substring(hash + 1);
    Graph union = GraphFactory.createDefaultGraph();
    if (which.equals("union")) {
      for (var it = dsg.listGraphNodes(); it.hasNext(); ) GraphUtil.addInto(union, dsg.getGraph(it.next()));
    } else {
      for (String iri : which.split("\\|")) {
        if (!dsg.containsGraph(NodeFactory.createURI(iri))) throw new IllegalArgumentException(name + " has no graph " + iri);
        GraphUtil.addInto(union, dsg.getGraph(NodeFactory.createURI(iri)));
      }
    }
    return union;
  }
}
