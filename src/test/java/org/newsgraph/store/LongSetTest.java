package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {
    @Test
    void remembersEveryKeyAddedLikeAHashSetThroughManyResizes() {
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        Random r = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            // a small range makes repeats frequent; 0 and negative keys included
            long k = r.nextInt(30_000) - 15_000L;
            assertEquals(expected.add(k), set.add(k), "key " + k);
        }
        for (long k = -15_000; k < 15_000; k++) {
            assertEquals(!expected.contains(k), set.add(k), "key " + k + " after the run");
        }
    }

    @Test
    void hashesDifferingStringsApart() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(LongSet.hash("https://news.example/2024/" + i));
        }
        assertEquals(100_000, seen.size());
    }
}
