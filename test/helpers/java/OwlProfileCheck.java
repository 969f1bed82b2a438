// OWL API 5 (Debian's libowlapi-java): the OWL 2 DL profile check of ontology files, in one JVM.
// Run by test/helpers/java.ts.
//
// Commands, one per line on stdin; one JSON line per command on stdout:
//   check NAME PATH [PATH…]   load the files (each a document; together one ontology, as Protégé opens them),
//                             check the union against OWL 2 DL
//                             → {"name","violations":[…],"axioms","classes","objectProperties","dataProperties",
//                                "annotationProperties","individuals","error"}
import com.google.gson.Gson;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class OwlProfileCheck {
  private static final Gson GSON = new Gson();

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) continue;
      String[] w = line.trim().split(" ");
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("command", w[0]);
      try {
        if (!w[0].equals("check")) throw new IllegalArgumentException("unknown command " + w[0]);
        out.put("name", w[1]);
        check(w, out);
      } catch (Exception e) {
        out.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      System.out.println(GSON.toJson(out));
      System.out.flush();
    }
  }

  private static void check(String[] w, Map<String, Object> out) throws Exception {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    List<OWLOntology> parts = new ArrayList<>();
    for (int i = 2; i < w.length; i++) parts.add(manager.loadOntologyFromOntologyDocument(new File(w[i])));
    // One file is checked as it is (its header, IRI and version IRI included); several as their merge.
    OWLOntology ontology = parts.size() == 1 ? parts.get(0) : manager.createOntology(IRI.create("urn:deai-kg-test:merged"), manager.ontologies().collect(Collectors.toSet()), false);
    OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
    List<String> violations = new ArrayList<>();
    for (OWLProfileViolation v : report.getViolations()) violations.add(v.getClass().getSimpleName() + ": " + v.toString().replaceAll("\\s+", " "));
    out.put("violations", violations);
    out.put("axioms", ontology.getAxiomCount(Imports.INCLUDED));
    out.put("classes", ontology.classesInSignature(Imports.INCLUDED).count());
    out.put("objectProperties", ontology.objectPropertiesInSignature(Imports.INCLUDED).count());
    out.put("dataProperties", ontology.dataPropertiesInSignature(Imports.INCLUDED).count());
    out.put("annotationProperties", ontology.annotationPropertiesInSignature(Imports.INCLUDED).count());
    out.put("individuals", ontology.individualsInSignature(Imports.INCLUDED).count());
  }
}
