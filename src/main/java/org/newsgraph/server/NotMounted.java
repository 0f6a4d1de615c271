package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Answers 404 for endpoint paths this server has not mounted. Without it Fuseki reads {@code /newsgraph/update}
 * as a graph named directly under the dataset and answers 405, which tells a client the endpoint exists.
 */
final class NotMounted implements Filter {
    private final Set<String> paths;

    NotMounted(Set<String> paths) {
        this.paths = Set.copyOf(paths);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (paths.contains(http.getRequestURI().substring(http.getContextPath().length()))) {
            ((HttpServletResponse) resp).sendError(HttpServletResponse.SC_NOT_FOUND,
                    "not mounted: this server was started without a password file (serve --passwd FILE)");
            return;
        }
        chain.doFilter(req, resp);
    }
}
