package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a browser that opens {@code /} to the Fuseki UI's query page with the NewsGraph dataset chosen:
 * {@code /?ui#/dataset/newsgraph/query}. The path must stay {@code /}: the UI finds its endpoints ({@code /$/server},
 * {@code /$/ping}) relative to the page's path, so {@code /index.html} would break it. The query string {@code ui}
 * tells this filter to let the second request through (the fragment never reaches the server, so a redirect from
 * {@code /} to {@code /#/…} would loop).
 */
final class UiHome implements Filter {
    static final String TARGET = "/?ui#/dataset" + NewsGraphServer.DATASET + "/query";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (("/".equals(path) || path.isEmpty()) && http.getQueryString() == null
                && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            HttpServletResponse r = (HttpServletResponse) resp;
            r.setStatus(HttpServletResponse.SC_FOUND);
            r.setHeader("Location", http.getContextPath() + TARGET);
            return;
        }
        chain.doFilter(req, resp);
    }
}
