package dev.yardstick.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may do what, decided by Spring Security on the path Spring MVC will serve (decoded, with
 * {@code ;} parameters removed and normalised by the firewall), never on the raw request URI.
 *
 * <ul>
 *   <li>Every request that is not a read (GET, HEAD, OPTIONS) needs the API token, whatever its path:
 *       a write cannot slip past a path matcher because there is none.</li>
 *   <li>{@code /actuator/health} is public and shows {@code status} only; its details, and every other
 *       actuator endpoint (metrics, prometheus, info), need the token.</li>
 *   <li>With {@code yardstick.api.protect-reads} every other read needs it too ({@code /v3/api-docs} and
 *       Swagger UI included); without it they are public.</li>
 * </ul>
 * A new area (a browser page with its own sign-in) adds its matchers to {@link #securityFilterChain} before
 * the catch-all rules.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    ApiToken apiToken(ApiProperties properties) {
        return new ApiToken(properties);
    }

    /** A bean so Spring Boot does not also set up a user store with a generated password. */
    @Bean
    AuthenticationProvider apiTokenAuthenticationProvider(ApiToken token) {
        return token.provider();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiProperties properties, ApiToken token, AuthenticationProvider provider) throws Exception {
        AuthenticationEntryPoint entryPoint = entryPoint(properties);
        AuthenticationFilter bearer = new AuthenticationFilter(new ProviderManager(provider), token.converter());
        bearer.setSuccessHandler(continueChain());
        bearer.setFailureHandler((request, response, e) -> entryPoint.commence(request, response, e));
        // the token comes with every request: nothing about it is kept between requests
        bearer.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        RequestMatcher bearerRequest = request -> request.getHeader("Authorization") != null;

        http.addFilterBefore(bearer, AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                // CSRF guards cookie sessions; a bearer token is never sent by a browser on its own
                .csrf(c -> c.ignoringRequestMatchers(bearerRequest).ignoringRequestMatchers("/api/**", "/actuator/**", "/v3/**"))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied(entryPoint)))
                .authorizeHttpRequests(a -> {
                    // an error page renders the answer to a request that was already authorised
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    a.requestMatchers(HttpMethod.GET, "/actuator/health").permitAll();
                    a.requestMatchers(HttpMethod.HEAD, "/actuator/health").permitAll();
                    a.requestMatchers("/actuator/**").authenticated();
                    if (properties.protectReads()) {
                        a.anyRequest().authenticated();
                    } else {
                        a.requestMatchers(request -> READS.contains(request.getMethod())).permitAll();
                        a.anyRequest().authenticated();
                    }
                });
        return http.build();
    }

    /**
     * The firewall refuses ambiguous paths ({@code ;} parameters, {@code //}, {@code /./}, encoded
     * slashes) before authentication runs. Which route such a path would reach is exactly what
     * cannot be trusted, so without the token it is answered 401 as a protected route would be;
     * with the token, 400.
     */
    @Bean
    WebSecurityCustomizer rejectedRequests(ApiProperties properties, ApiToken token) {
        AuthenticationEntryPoint entryPoint = entryPoint(properties);
        RequestRejectedHandler handler = (request, response, e) -> {
            if (!token.presentedBy(request)) {
                entryPoint.commence(request, response, null);
                return;
            }
            ProblemWriter.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "request-rejected", "Request path rejected",
                    "The path is ambiguous (path parameters ';', '//', '/./', encoded '/', '%' or '.'): send the plain path, e.g. /api/documents."));
        };
        return web -> web.requestRejectedHandler(handler);
    }

    private static AuthenticationEntryPoint entryPoint(ApiProperties properties) {
        return (request, response, e) -> {
            if (!properties.hasToken()) {
                ProblemWriter.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "api-token-not-configured", "API token not configured",
                        "This endpoint needs an API token, and none is configured: set yardstick.api.token (YARDSTICK_API_TOKEN) and restart."));
                return;
            }
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemWriter.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Missing or wrong API token",
                    "Send the configured token as 'Authorization: Bearer <token>'."));
        };
    }

    /** Anonymous callers refused (for example by CSRF protection) are told to authenticate; others are forbidden. */
    private static AccessDeniedHandler accessDenied(AuthenticationEntryPoint entryPoint) {
        return (request, response, e) -> {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            if (current == null || current instanceof AnonymousAuthenticationToken || !current.isAuthenticated()) {
                entryPoint.commence(request, response, null);
                return;
            }
            ProblemWriter.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This request is not allowed: " + e.getMessage()));
        };
    }

    /** Authentication by token is part of a request, not a sign-in: the request goes on to its handler. */
    private static AuthenticationSuccessHandler continueChain() {
        return new AuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
                chain.doFilter(request, response);
            }

            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
                throw new IllegalStateException("the bearer token filter always continues the chain");
            }
        };
    }
}
