package org.interopserver.support;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Which fault, if any, a fake service injects into each request it receives: first the queued ones, in order, then
 * random ones at a fixed rate. Seeded, so a failing run can be repeated.
 * <ul>
 * <li>{@link Fault#SERVER_ERROR}: 500, nothing applied.</li>
 * <li>{@link Fault#TOO_MANY_REQUESTS}: 429 with {@code Retry-After: }{@link #retryAfterSeconds()}, nothing applied.</li>
 * <li>{@link Fault#TIMEOUT_BEFORE}: waits {@link #delay()}, then 504, nothing applied.</li>
 * <li>{@link Fault#TIMEOUT_AFTER}: the request is applied, then the answer waits {@link #delay()}: a lost response,
 * the client times out although the change happened.</li>
 * </ul>
 */
public final class FaultPlan {

    public enum Fault { NONE, SERVER_ERROR, TIMEOUT_BEFORE, TIMEOUT_AFTER, TOO_MANY_REQUESTS }

    private static final Fault[] KINDS = {
            Fault.SERVER_ERROR, Fault.TIMEOUT_BEFORE, Fault.TIMEOUT_AFTER, Fault.TOO_MANY_REQUESTS};

    /** What {@link #none()} uses if faults are queued on it: long enough for a client with a short timeout. */
    private static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

    private final double rate;
    private final Random random;
    private final Duration delay;
    private final int retryAfterSeconds;
    private final Deque<Fault> queued = new ArrayDeque<>();
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);

    private FaultPlan(double rate, long seed, Duration delay, int retryAfterSeconds) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("negative Retry-After: " + retryAfterSeconds);
        }
        this.rate = rate;
        this.random = new Random(seed);
        this.delay = delay;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** No random faults; {@link #queue} still works (delay 2 s, Retry-After 1). */
    public static FaultPlan none() {
        return new FaultPlan(0, 0, DEFAULT_DELAY, 1);
    }

    /** A fault with probability {@code rate}, each of the four kinds equally likely. */
    public static FaultPlan random(double rate, long seed, Duration delay, int retryAfterSeconds) {
        return new FaultPlan(rate, seed, delay, retryAfterSeconds);
    }

    /** Forces these faults on the next requests, in order, before any random one. */
    public synchronized FaultPlan queue(Fault... next) {
        for (Fault fault : next) {
            queued.addLast(fault);
        }
        return this;
    }

    /** The fault for the request that has just arrived (counted in {@link #injected()} unless NONE). */
    public synchronized Fault next() {
        Fault fault;
        if (!queued.isEmpty()) {
            fault = queued.removeFirst();
        } else if (rate > 0 && random.nextDouble() < rate) {
            fault = KINDS[random.nextInt(KINDS.length)];
        } else {
            fault = Fault.NONE;
        }
        if (fault != Fault.NONE) {
            injected.merge(fault, 1, Integer::sum);
        }
        return fault;
    }

    public Duration delay() {
        return delay;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** How many faults of each kind were injected so far (kinds never injected are absent). */
    public synchronized Map<Fault, Integer> injected() {
        return Collections.unmodifiableMap(new EnumMap<>(injected));
    }
}
