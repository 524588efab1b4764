package vn.bansao.verify;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared corpora: system property {@code bansao.shared}, else {@code ../shared} from the checkout. */
final class SharedCorpora {
    private SharedCorpora() {
    }

    static Path root() {
        String prop = System.getProperty("bansao.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("corpora"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared corpora not found; set -Dbansao.shared");
    }

    static Path corpus(String name) {
        return root().resolve("corpora").resolve(name);
    }

    /** The anchors the corpora's SOURCE.md files name for their signed files. */
    static TrustAnchors corpusAnchors() {
        return TrustAnchors.fromPaths(corpus("dss-pades-validation").resolve("trust-anchors"),
                corpus("pyhanko-signed-pdfs").resolve("embedded-roots"));
    }
}
