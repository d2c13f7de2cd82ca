package io.newsweave.bench;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SoakSitesTest {

    @Test
    void manyOverlappingRequestsOnOneHostAreEachCountedOutOnce() throws Exception {
        try (SoakSites sites = new SoakSites(1, 40, 1, 0, 0);
             HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            List<CompletableFuture<HttpResponse<byte[]>>> fetches = new ArrayList<>();
            for (String url : sites.goodArticles) {
                fetches.add(client.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()));
            }
            for (CompletableFuture<HttpResponse<byte[]>> f : fetches) {
                assertThat(f.get().statusCode()).isEqualTo(200);
            }
            assertThat(sites.maxInFlight.values()).extracting(AtomicInteger::get).allSatisfy(n -> assertThat(n).isPositive());
            assertThat(sites.stillInFlight()).as("every request counted out, none left as a phantom").isEmpty();
            assertThat(sites.articleFetches).hasSize(40).allSatisfy((url, n) -> assertThat(n.get()).isEqualTo(1));
        }
    }
}
