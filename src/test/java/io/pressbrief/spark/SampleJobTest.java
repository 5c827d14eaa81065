package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sample job, as the README's first command runs it, writing into a temporary folder. */
class SampleJobTest {
  @Test
  void theSampleJobWritesABriefingWithActorsCountsAndSourcedQuotes(@TempDir Path out) throws Exception {
    JobSpec sample = JobSpecLoader.load(Path.of("jobs/sample.yaml"));
    JobSpec spec = new JobSpec(sample.name(), sample.archives(), sample.actors(), sample.briefing(), sample.templates(),
        new JobSpec.Output(out.resolve("tables").toString(), out.resolve("reports").toString()), sample.spark(),
        sample.ingest());
    Period period = Period.ending(JobSpecLoader.resolveDate(spec.briefing().date(), LocalDate.now()),
        spec.briefing().days());
    RunSummary summary = PressbriefJob.run(SparkTestSession.get(), spec, period, line -> { });
    assertEquals(0, summary.rejected());
    assertEquals(41, summary.articles());
    assertEquals(out.resolve("reports/2025-12-10/briefing.pdf").toString(), summary.briefingPdf());
    try (PDDocument doc = Loader.loadPDF(Path.of(summary.briefingPdf()).toFile())) {
      assertTrue(doc.getNumberOfPages() > 1);
      String text = new PDFTextStripper().getText(doc);
      for (String name : new String[] {"Anna Kovac", "Tomáš Šimek", "Irina Volkova", "Marta Lind", "Oleg Borisenko"}) {
        assertTrue(text.contains(name), name);
      }
      assertTrue(text.matches("(?s).*Marta Lind\\s+\\d+\\s.*"), "an actor with her statement count");
      assertTrue(text.matches("(?s).*“[^”]{20,}”\\s*(Harbour Times|Eastline News|Ridge Wire|Daily Lantern), 2025-12-\\d\\d.*"),
          "a quote followed by its outlet and date");
    }
  }
}
