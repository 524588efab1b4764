package vn.bansao.verify.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bansao.verify.ChangeCategory;

/** The details of a change set list the root cause (OTHER) first and never drop it for lesser lines. */
class ChangeSetTest {

    @Test
    void worstLinesComeFirstInTheOrderFound() {
        ChangeSet c = new ChangeSet();
        c.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "form field 9 0 R added (Sig)");
        c.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS, "catalog /DSS updated");
        c.add(ChangeCategory.OTHER, "page content 5 0 R (stream) modified");
        c.add(ChangeCategory.ANNOTATIONS, "annotation 12 0 R (Square) added");
        c.add(ChangeCategory.OTHER, "page 3 0 R /Contents changed");
        assertThat(c.worst()).isEqualTo(ChangeCategory.OTHER);
        assertThat(c.details()).containsExactly(
                "OTHER: page content 5 0 R (stream) modified",
                "OTHER: page 3 0 R /Contents changed",
                "ANNOTATIONS: annotation 12 0 R (Square) added",
                "SIGNATURES_AND_FORM_FILL: form field 9 0 R added (Sig)",
                "VALIDATION_DATA_AND_TIMESTAMPS: catalog /DSS updated");
    }

    @Test
    void aRootCauseFoundAfterManyAllowedLinesIsKept() {
        ChangeSet first = new ChangeSet();
        for (int i = 0; i < 80; i++) {
            first.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS, "validation data " + i + " 0 R updated");
        }
        ChangeSet second = new ChangeSet();
        second.add(ChangeCategory.OTHER, "stream (Image) 7 0 R modified");
        ChangeSet all = new ChangeSet();
        all.addAll(first);
        all.addAll(second);
        List<String> d = all.details();
        assertThat(d.get(0)).isEqualTo("OTHER: stream (Image) 7 0 R modified");
        assertThat(d.get(d.size() - 1)).isEqualTo("...");
        assertThat(d).hasSizeLessThanOrEqualTo(51);
        assertThat(all.worst()).isEqualTo(ChangeCategory.OTHER);
    }
}
