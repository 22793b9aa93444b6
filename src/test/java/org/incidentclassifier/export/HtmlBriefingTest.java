package org.incidentclassifier.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.incidentclassifier.verdict.Verdict;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format html}: the briefing of the seeds parses as HTML5 without a single parse error, declares what a
 * validator asks for, links every [En] to a quote, and escapes the text of the reports.
 */
class HtmlBriefingTest {

    private static String html(Verdict verdict) {
        return new HtmlBriefing().write(new BriefingReport().content(verdict));
    }

    @Test
    void theSeedsBriefingIsWellFormedHtmlWithEveryReferenceResolved() {
        String html = html(SharedPipeline.get().classify(new Ingest().read(List.of("seeds/"), null)));
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document page = parser.parseInput(html, "");

        assertThat(parser.getErrors()).isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        assertThat(page.documentType().name()).isEqualTo("html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("head > meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.title()).isEqualTo("Incident briefing");
        assertThat(page.select("script, link, img, iframe")).isEmpty();
        Set<String> ids = page.select("li[id]").stream().map(Element::id).collect(Collectors.toSet());
        List<String> targets = page.select("a[href]").stream().map(a -> a.attr("href").substring(1)).toList();
        assertThat(targets).hasSize(65);
        assertThat(ids).containsAll(targets);
        assertThat(page.select("a[href]").stream().map(Element::text).allMatch(t -> t.matches("E\\d+"))).isTrue();
    }

    @Test
    void markupInAReportIsShownAsTextNotRun(@TempDir Path dir) throws IOException {
        // a JSON Lines report whose id is markup: the id is quoted in the reports line and in every evidence item
        String report = "{\"id\": \"<script>alert('x')</script>\", \"text\": \"Gunmen seized 12 hostages at a depot in"
                + " Kano, Nigeria & held them, police said.\"}\n";
        Path file = Files.writeString(dir.resolve("reports.jsonl"), report);
        String html = html(SharedPipeline.get().classify(new Ingest().read(List.of(file.toString()), null)));
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document page = parser.parseInput(html, "");

        assertThat(parser.getErrors()).isEmpty();
        assertThat(page.select("script")).isEmpty();
        assertThat(html).doesNotContain("<script>").contains("[E1] &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;, sentence 1");
        assertThat(page.select("li[id]").first().text()).startsWith("[E1] <script>alert('x')</script>, sentence 1");
    }

    @Test
    void aQuotedSentenceWithMarkupIsEscapedInTheEvidenceList() {
        Briefing briefing = new Briefing("Incident briefing", List.of(
                new Briefing.Paragraph(new Briefing.Line().text("Seized [").ref(1).text("]")),
                new Briefing.Bullets(List.of(new Briefing.Item(1,
                        Briefing.Line.of("r, sentence 1: \"<script>alert(1)</script> & \"seized\"\""))))));

        String html = new HtmlBriefing().write(briefing);

        assertThat(html).contains("<p>Seized [<a class=\"ref\" href=\"#s0-e1\">E1</a>]</p>\n<ul>\n"
                + "<li id=\"s0-e1\">[E1] r, sentence 1: &quot;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;seized&quot;&quot;</li>\n</ul>\n");
    }
}
