package io.newsweave.cluster.embed.onnx;

import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PoolingTest {

    @Test
    void meanPoolingAveragesOnlyTheTokensOfTheMaskThenNormalizes() {
        FloatBuffer hidden = FloatBuffer.wrap(new float[] {
                1, 2, 2,
                3, 2, 0,
                100, 100, 100});
        float[] vector = Pooling.meanPool(hidden, new long[] {1, 1, 0}, 3);
        // mean (2, 2, 1) has norm 3
        assertThat(vector).containsExactly(new float[] {2f / 3, 2f / 3, 1f / 3}, within(1e-6f));
    }

    @Test
    void aMaskWithNoTokenGivesTheZeroVector() {
        float[] vector = Pooling.meanPool(FloatBuffer.wrap(new float[] {5, 5}), new long[] {0}, 2);
        assertThat(vector).containsExactly(0f, 0f);
    }

    @Test
    void anAlreadyPooledVectorIsOnlyNormalized() {
        assertThat(Pooling.pooled(FloatBuffer.wrap(new float[] {3, 4}), 2)).containsExactly(new float[] {0.6f, 0.8f}, within(1e-6f));
    }

    @Test
    void normalizingKeepsTheZeroVectorAndScalesTheRest() {
        assertThat(Pooling.normalize(new float[3])).containsExactly(0f, 0f, 0f);
        assertThat(Pooling.normalize(new float[] {0, -2})).containsExactly(0f, -1f);
    }
}
