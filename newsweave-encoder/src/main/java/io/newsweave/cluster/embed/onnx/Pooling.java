package io.newsweave.cluster.embed.onnx;

import java.nio.FloatBuffer;

/** Mean pooling of token vectors and L2 normalization, on plain arrays. */
final class Pooling {

    private Pooling() {
    }

    /**
     * The mean of the token vectors of one text whose attention mask is 1, L2-normalized.
     *
     * @param hidden    the text's token vectors, row-major {@code [tokens][dimension]}
     * @param mask      the text's attention mask, one entry per token
     * @param dimension length of one token vector
     */
    static float[] meanPool(FloatBuffer hidden, long[] mask, int dimension) {
        double[] sum = new double[dimension];
        int counted = 0;
        for (int t = 0; t < mask.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            counted++;
            int base = t * dimension;
            for (int d = 0; d < dimension; d++) {
                sum[d] += hidden.get(base + d);
            }
        }
        float[] mean = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            mean[d] = counted == 0 ? 0f : (float) (sum[d] / counted);
        }
        return normalize(mean);
    }

    /** An already pooled vector, L2-normalized. */
    static float[] pooled(FloatBuffer pooled, int dimension) {
        float[] vector = new float[dimension];
        pooled.get(0, vector);
        return normalize(vector);
    }

    /** Scales {@code vector} in place to Euclidean norm 1; a zero vector stays zero. */
    static float[] normalize(float[] vector) {
        double squares = 0;
        for (float x : vector) {
            squares += (double) x * x;
        }
        if (squares > 0) {
            double scale = 1 / Math.sqrt(squares);
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] * scale);
            }
        }
        return vector;
    }
}
