package dev.yardstick.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Write endpoints under {@code /api} need {@code Authorization: Bearer <yardstick.api.token>};
 * with no token configured they refuse rather than run open. Reads are open unless
 * {@code yardstick.api.protect-reads} is set.
 */
@Component
class ApiTokenFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiProperties properties;

    ApiTokenFilter(ApiProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
        return !request.getRequestURI().startsWith("/api/") || read && !properties.protectReads();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!properties.hasToken()) {
            reject(response, Problems.of(HttpStatus.FORBIDDEN, "api-token-not-configured", "API token not configured",
                    "This endpoint needs an API token, and none is configured: set yardstick.api.token (YARDSTICK_API_TOKEN) and restart."));
            return;
        }
        String header = request.getHeader("Authorization");
        String presented = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), properties.token().getBytes(StandardCharsets.UTF_8))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            reject(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Missing or wrong API token",
                    "Send the configured token as 'Authorization: Bearer <token>'."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static void reject(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
