package io.newsweave.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentUseTest {

    @Test
    void oneDaterSharedByManyThreadsGivesTheSameAnswerAsOneThread() throws Exception {
        PublicationDater dater = new PublicationDater();
        List<String> texts = List.of(
                "Les deux dirigeants s'exprimeront mardi, a confirmé l'Élysée ce samedi, réunion virtuelle 7 décembre.",
                "The leaders held an exchange on Tuesday. Officials met on Monday.",
                "El acuerdo se firmó el pasado jueves, 2 de diciembre de 2021.",
                "Der Vertrag wurde am 16. Juni 2021 unterzeichnet; gestern sprach der Kanzler.");
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(dater.date(t, List.of("December 7, 2021"), LocalDate.of(2021, 12, 6)).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int n = 0; n < 200; n++) {
                int k = n % texts.size();
                runs.add(pool.submit(() -> dater.date(texts.get(k), List.of("December 7, 2021"),
                        LocalDate.of(2021, 12, 6)).toString().equals(expected.get(k))));
            }
            for (Future<Boolean> f : runs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
