package org.newsgraph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.sys.JettyLib;
import org.eclipse.jetty.security.PropertyUserStore;
import org.newsgraph.NewsGraphException;

/**
 * The users of a Jetty password file ({@code user: password} per line, optionally {@code ,role}), read once at
 * start. Fuseki's own {@code passwordFile()} starts a store that polls the file from a thread that outlives the
 * server; this one has no such thread, and the server stops it.
 */
final class PasswordFile {
    private PasswordFile() {}

    static PropertyUserStore read(Path file) {
        if (!Files.isReadable(file)) {
            throw new NewsGraphException("password file " + file + " is not readable: it must hold "
                    + "'user: password' lines (Jetty's password file format)");
        }
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(JettyLib.newResource(file.toString()));
        try {
            users.start();
        } catch (Exception e) {
            throw new NewsGraphException("cannot read password file " + file + ": " + e.getMessage()
                    + " (expected 'user: password' lines)", e);
        }
        return users;
    }
}
