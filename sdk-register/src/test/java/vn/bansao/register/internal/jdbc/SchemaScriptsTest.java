package vn.bansao.register.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The migration scripts as shipped: every name they create is prefixed, and the newest version is known. */
class SchemaScriptsTest {

    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(?:CREATE\\s+TABLE|CREATE\\s+INDEX|CONSTRAINT|CREATE\\s+TRIGGER|FUNCTION)\\s+(\\w+)");

    private static List<Path> scripts() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("/db/bansao/register", "/db/bansao/register-postgresql")) {
            Path p = Path.of(SchemaScriptsTest.class.getResource(dir).toURI());
            try (Stream<Path> files = Files.list(p)) {
                files.filter(f -> f.getFileName().toString().endsWith(".sql")).forEach(out::add);
            }
        }
        return out;
    }

    private static List<Integer> version(Path script) {
        String name = script.getFileName().toString();
        List<Integer> parts = new ArrayList<>();
        for (String part : name.substring(1, name.indexOf("__")).split("_")) {
            parts.add(Integer.parseInt(part));
        }
        return parts;
    }

    @Test
    void everyNameTheScriptsCreateCarriesTheBansaoPrefix() throws Exception {
        List<String> names = new ArrayList<>();
        for (Path script : scripts()) {
            Matcher m = NAMED.matcher(Files.readString(script).replaceAll("--[^\n]*", ""));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).hasSizeGreaterThan(15).allMatch(n -> n.startsWith("bansao_"), "prefixed with bansao_");
    }

    @Test
    void theNewestVersionTheFastOpenChecksIsTheNewestScript() throws Exception {
        List<Integer> newest = scripts().stream().map(SchemaScriptsTest::version)
                .max(Comparator.comparing((List<Integer> v) -> v.get(0))
                        .thenComparing(v -> v.size() > 1 ? v.get(1) : 0)).orElseThrow();
        String dotted = String.join(".", newest.stream().map(String::valueOf).toList());
        assertThat(SchemaMigration.NEWEST_VERSION).isEqualTo(dotted);
        assertThat(scripts()).allMatch(s -> s.getFileName().toString().matches("V\\d+(_\\d+)?__[a-z0-9_]+\\.sql"));
    }
}
