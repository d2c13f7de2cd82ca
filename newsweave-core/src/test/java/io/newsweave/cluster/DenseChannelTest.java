package io.newsweave.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dense channel of the similarity: counted only when weighted and both sides have a vector. */
class DenseChannelTest {

    private static final List<String> A = List.of("kowal", "genev", "l:en");
    private static final List<String> B = List.of("marsz", "poznan", "l:en");

    private static float[] unit(float... v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(n));
        }
        return out;
    }

    @Test
    void alikeVectorsLinkArticlesThatShareNoFeatureOnlyWhenTheChannelIsWeighted() {
        float[] v = unit(1, 0.1f, 0);
        float[] w = unit(1, 0.12f, 0.01f);
        Similarity off = new Similarity(Similarity.Weights.defaults());
        Similarity on = new Similarity(Similarity.Weights.defaults().with(Channel.DENSE, 1.0));
        assertThat(off.prepare(A, v, k -> 1).score(B, w, k -> 1)).isZero();
        assertThat(on.prepare(A, v, k -> 1).score(B, w, k -> 1)).isGreaterThan(0.3);
        assertThat(on.prepare(A, v, k -> 1).score(B, null, k -> 1)).isZero();
    }

    @Test
    void cosinesBelowTheFloorCountAsNothing() {
        Similarity on = new Similarity(Similarity.Weights.defaults().with(Channel.DENSE, 1.0));
        float[] v = unit(1, 0, 0);
        float[] orthogonal = unit(0, 1, 0);
        float[] weak = unit(1, 2, 0); // cosine 0.447, under the floor
        assertThat(on.prepare(A, v, k -> 1).score(B, orthogonal, k -> 1)).isZero();
        assertThat(on.prepare(A, v, k -> 1).score(B, weak, k -> 1)).isZero();
        assertThat(on.prepare(A, v, k -> 1).score(A, v, k -> 1)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
