import org.interopserver.crosswalk.CrosswalkParameters;
import org.interopserver.crosswalk.CrosswalkSource;
import org.interopserver.crosswalk.Crosswalks;
import org.interopserver.crosswalk.FormatRegistry;
import org.interopserver.crosswalk.Rendition;
import org.interopserver.crosswalk.SchemaValidator;
import org.interopserver.model.ModelJson;
import org.interopserver.model.ModelXml;
import org.interopserver.model.Record;
import org.interopserver.support.DemoRepository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Render throughput: N generated records (variations of the 61 demo records) rendered in every format, first
 * without and then with validation against the official schemas, on 1 thread and on one thread per core.
 * Run it through bench/render.sh.
 */
public class RenderBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path standards = Path.of(args.length > 1 ? args[1] : "../shared/standards").toAbsolutePath().normalize();
        List<byte[]> inputs = generate(n);
        CrosswalkParameters params = new CrosswalkParameters("https://repo.example.org", "Example Repository",
                "repo.example.org", "EXAMPLE.REPO");
        CrosswalkSource source = CrosswalkSource.classpath();
        Crosswalks plain = Crosswalks.load(source, SchemaValidator.none(), params);
        Crosswalks validated = Crosswalks.load(source,
                SchemaValidator.load(standards, FormatRegistry.load(source).schemasByKey()), params);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("%d records (%d formats), %d cores, %s%n", n, plain.registry().formats().size(), cores,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        run("warm-up", validated, inputs.subList(0, Math.min(2000, n)), cores);
        for (int threads : new int[]{1, cores}) {
            run("render only,         " + threads + " thread(s)", plain, inputs, threads);
            run("render and validate, " + threads + " thread(s)", validated, inputs, threads);
        }
    }

    private static void run(String label, Crosswalks crosswalks, List<byte[]> inputs, int threads) throws Exception {
        AtomicLong renditions = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> {
                for (int i = first; i < inputs.size(); i += threads) {
                    for (Rendition r : crosswalks.render(inputs.get(i))) {
                        renditions.incrementAndGet();
                        bytes.addAndGet(r.content().length);
                    }
                }
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%-40s %6d records in %6.2f s = %7.0f records/s (%d renditions, %.1f MB)%n", label,
                inputs.size(), seconds, inputs.size() / seconds, renditions.get(), bytes.get() / 1e6);
    }

    /** Canonical XML of n records: the published demo records with distinct ids, titles and DOIs. */
    private static List<byte[]> generate(int n) {
        List<Record> demo;
        try (DemoRepository repository = DemoRepository.load()) {
            demo = repository.records();
        }
        List<byte[]> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Record r = ModelJson.copy(demo.get(i % demo.size()));
            r.id = String.format("bench-%05d", i);
            r.metadata.title = r.metadata.title + " (" + i + ")";
            if (r.pids.doi != null) {
                r.pids.doi.identifier = r.pids.doi.identifier + "." + i;
            }
            inputs.add(ModelXml.toXml(r));
        }
        return inputs;
    }
}
