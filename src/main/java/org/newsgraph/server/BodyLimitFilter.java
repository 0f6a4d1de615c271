package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over a limit with 413: at once when {@code Content-Length} says so; a body of unknown
 * length (chunked) is read up to the limit first, and refused when it goes on past it, so nothing over the limit is
 * ever parsed.
 */
final class BodyLimitFilter implements Filter {
    private final long limit;

    BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        long declared = http.getContentLengthLong();
        if (declared > limit) {
            refuse((HttpServletResponse) resp, declared + " bytes");
            return;
        }
        if (declared < 0 && http.getHeader("Transfer-Encoding") != null) {
            byte[] body = http.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse((HttpServletResponse) resp, "more than " + limit + " bytes");
                return;
            }
            chain.doFilter(new Buffered(http, body), resp);
            return;
        }
        chain.doFilter(req, resp);
    }

    private void refuse(HttpServletResponse resp, String size) throws IOException {
        resp.setHeader("Connection", "close");
        resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "request body of " + size + " is over this server's limit of " + limit + " bytes");
    }

    /** A request whose body was read into memory (it is within the limit). */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener l) {
                    throw new IllegalStateException("the body was read already; no asynchronous reading");
                }
            };
        }
    }
}
