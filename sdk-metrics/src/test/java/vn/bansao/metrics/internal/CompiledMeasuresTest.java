package vn.bansao.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.bansao.metrics.definition.Field;
import vn.bansao.metrics.definition.Measure;
import vn.bansao.metrics.definition.Measures;

/**
 * The hot-loop form of the definitions (atoms and DNF masks) agrees with their plain evaluation
 * ({@code Cond.compile()}) on random rows, every measure, including the negated and disjunctive ones.
 */
class CompiledMeasuresTest {

    @Test
    void dnfEqualsDirectEvaluation() {
        CompiledMeasures compiled = new CompiledMeasures(Measures.ALL);
        assertThat(compiled.atomCount()).isBetween(10, 64);
        SplittableRandom r = new SplittableRandom(1);
        int[] row = new int[Field.values().length];
        long[] out = new long[Measures.ALL.size()];
        for (int n = 0; n < 50_000; n++) {
            for (Field f : Field.values()) {
                row[f.ordinal()] = switch (f.kind()) {
                    case DATE -> r.nextInt(4) == 0 ? 0 : 20230101 + r.nextInt(5);
                    case FLAG -> r.nextInt(2);
                    case PAYMENT, CHANNEL, RATING -> r.nextInt(3);
                    case COUNT -> r.nextInt(4);
                    default -> r.nextInt(3) - 1;
                };
            }
            java.util.Arrays.fill(out, 0);
            long mask = compiled.evaluate(row, out);
            int distinct = 0;
            for (int i = 0; i < Measures.ALL.size(); i++) {
                Measure m = Measures.ALL.get(i);
                if (m.isDistinct()) {
                    assertThat(compiled.distinctMatches(distinct++, mask)).as(m.name()).isEqualTo(m.distinct().compile().test(row));
                    continue;
                }
                long expected = 0;
                for (Measure.Term t : m.terms()) {
                    if (t.when().compile().test(row)) {
                        expected += t.value() == null ? 1 : row[t.value().ordinal()];
                    }
                }
                assertThat(out[i]).as(m.name()).isEqualTo(expected);
            }
        }
    }
}
