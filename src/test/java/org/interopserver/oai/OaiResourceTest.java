package org.interopserver.oai;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import org.interopserver.crosswalk.Renderer;
import org.interopserver.storage.RecordStore;
import org.interopserver.support.DemoRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The HTTP side of the endpoint without a server: overload answers and content coding choice. */
class OaiResourceTest {

    @Test
    void overloadIsA503WithRetryAfterAndTheEndpointRecovers() {
        try (DemoRepository repo = DemoRepository.empty(Renderer.NONE)) {
            OaiResource resource = new OaiResource();
            resource.provider = OaiProviderTest.provider(repo, 10, Clock.systemUTC());
            resource.gate = new OaiGate(1, 50, 7);
            MultivaluedHashMap<String, String> identify = new MultivaluedHashMap<>();
            identify.add("verb", "Identify");

            assertEquals(true, resource.gate.enter(), "a request in progress holds the only permit");
            Response busy = resource.answer(identify, null);
            assertEquals(503, busy.getStatus());
            assertEquals("7", busy.getHeaderString("Retry-After"));

            resource.gate.leave();
            Response served = resource.answer(identify, "gzip");
            assertEquals(200, served.getStatus());
            assertEquals("gzip", served.getHeaderString("Content-Encoding"));
            assertEquals(true, resource.gate.enter(), "the served request gave its permit back");
        }
    }

    @Test
    void aHarvestThatWaitsTooLongForWritersIsTurnedAwayWith503() throws Exception {
        try (DemoRepository repo = DemoRepository.empty(Renderer.NONE)) {
            OaiResource resource = new OaiResource();
            resource.provider = OaiProviderTest.provider(repo, 10, Clock.systemUTC());
            resource.gate = new OaiGate(2, 50, 7);
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread writer = new Thread(() -> repo.database().inTransaction(tx -> {
                new RecordStore().nextSeq(tx); // a write in flight holds the counter row until it commits
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            writer.start();
            locked.await(10, TimeUnit.SECONDS);
            MultivaluedHashMap<String, String> list = new MultivaluedHashMap<>();
            list.add("verb", "ListIdentifiers");
            list.add("metadataPrefix", "oai_dc");
            try {
                Response busy = resource.answer(list, null);
                assertEquals(503, busy.getStatus());
                assertEquals("7", busy.getHeaderString("Retry-After"));
            } finally {
                release.countDown();
                writer.join();
            }
            assertEquals(200, resource.answer(list, null).getStatus(), "served once the write committed");
        }
    }

    @Test
    void theContentCodingFollowsAcceptEncoding() {
        assertEquals("gzip", OaiResource.encoding("gzip, deflate"));
        assertEquals("deflate", OaiResource.encoding("deflate"));
        assertEquals("deflate", OaiResource.encoding("gzip;q=0, deflate;q=0.5"));
        assertEquals("gzip", OaiResource.encoding("*"));
        assertEquals("", OaiResource.encoding("identity"));
        assertEquals("", OaiResource.encoding("br"));
        assertEquals("", OaiResource.encoding(null));
        assertEquals("", OaiResource.encoding("gzip;q=0"));
    }
}
