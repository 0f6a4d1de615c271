package org.newsgraph.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.NewsGraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code remove}: retracts articles from the store, each in one transaction: its graph, its statements, the
 * support it gave to shared facts and the entities only it had minted. Removing the same id twice is harmless;
 * an id the store does not hold is reported and makes the command exit 1.
 *
 * <pre>
 *   newsgraph remove --store store 000_64255a36b834ab02
 * </pre>
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Retracts articles by id (file name without extension): their graphs, statements, the support "
                + "they gave to shared facts and the entities only they mentioned. Exits 1 if an id was not stored."})
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids.")
    List<String> ids;

    @Override
    public Integer call() {
        if (!Files.isDirectory(storeOptions.store)) {
            throw new NewsGraphException("no store at " + storeOptions.store + " (run 'newsgraph ingest' first)");
        }
        int missing = 0;
        int removed = 0;
        try (NewsGraphStore store = NewsGraphStore.open(storeOptions.store)) {
            for (String id : ids) {
                if (store.remove(id)) {
                    removed++;
                } else {
                    missing++;
                    System.err.println("error: no article '" + id + "' in " + storeOptions.store);
                }
            }
        }
        System.out.printf("removed: %d  not found: %d%n", removed, missing);
        return missing == 0 ? 0 : 1;
    }
}
