package io.bitewing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code and tests cite the rule catalogue, {@code docs/estimation-rules.md}, by section ({@code §8.3}), step
 * ({@code §4 step 9b}) and edge case ({@code §13 E35}). Every cited number must exist in the catalogue, and nothing
 * may cite a document a fresh clone does not have.
 */
class RuleCatalogueCitationTest {

    private static final Path CATALOGUE = Path.of("docs", "estimation-rules.md");
    private static final Pattern CITATION = Pattern.compile(
            "estimation-rules\\.md\\s+((?:§\\d+(?:\\.\\d+)?(?:\\s+steps?\\s+\\d+[a-d]?(?:[–-]\\d+)?)?(?:\\s+E\\d+(?:[/–-]E?\\d+)*)?[,\\s]*(?:and\\s+)?)+)");
    private static final Pattern SECTION = Pattern.compile("§(\\d+(?:\\.\\d+)?)(?:\\s+steps?\\s+(\\d+)[a-d]?)?");
    private static final Pattern EDGE = Pattern.compile("E(\\d+)");

    @Test
    void everyCitedRuleNumberIsInTheCatalogue() throws IOException {
        String catalogue = Files.readString(CATALOGUE);
        Set<String> sections = new HashSet<>();
        Matcher heading =
                Pattern.compile("(?m)^(?:##\\s+§(\\d+)|-\\s+§(\\d+\\.\\d+))").matcher(catalogue);
        while (heading.find()) {
            sections.add(heading.group(1) != null ? heading.group(1) : heading.group(2));
        }
        Set<String> steps = new HashSet<>();
        String fourth = catalogue.substring(catalogue.indexOf("## §4"), catalogue.indexOf("## §5"));
        Matcher step = Pattern.compile("(?m)^(\\d+)\\. ").matcher(fourth);
        while (step.find()) {
            steps.add(step.group(1));
        }
        Set<String> edges = new HashSet<>();
        Matcher edge = Pattern.compile("(?m)^- \\*\\*E(\\d+)\\*\\*").matcher(catalogue);
        while (edge.find()) {
            edges.add(edge.group(1));
        }

        var missing = new ArrayList<String>();
        int citations = 0;
        for (Path file : sources()) {
            Matcher m = CITATION.matcher(Files.readString(file));
            while (m.find()) {
                citations++;
                String cited = m.group(1);
                Matcher s = SECTION.matcher(cited);
                while (s.find()) {
                    if (!sections.contains(s.group(1))) missing.add(file + ": §" + s.group(1));
                    if (s.group(2) != null && s.group(1).equals("4") && !steps.contains(s.group(2))) {
                        missing.add(file + ": §4 step " + s.group(2));
                    }
                }
                Matcher e = EDGE.matcher(cited);
                while (e.find()) {
                    if (!edges.contains(e.group(1))) missing.add(file + ": §13 E" + e.group(1));
                }
            }
        }
        assertThat(citations).as("citations found").isGreaterThan(30);
        assertThat(missing).as("citations of rules the catalogue does not have").isEmpty();
    }

    @Test
    void nothingCitesTheReferenceDocumentAFreshCloneLacks() throws IOException {
        var stale = new ArrayList<String>();
        for (Path file : sources()) {
            if (file.endsWith("RuleCatalogueCitationTest.java")) continue;
            if (Pattern.compile("(?<![-\\w])estimation\\.md")
                    .matcher(Files.readString(file))
                    .find()) {
                stale.add(file.toString());
            }
        }
        assertThat(stale)
                .as("files citing estimation.md instead of docs/estimation-rules.md")
                .isEmpty();
    }

    private static List<Path> sources() throws IOException {
        var files = new ArrayList<Path>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }
}
