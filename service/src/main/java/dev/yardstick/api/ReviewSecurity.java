package dev.yardstick.api;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may use the review page: a chain of its own, matched before the API's, because a browser
 * page needs what a bearer API must not have. Signing in (the API token typed into a form, checked
 * by the same {@link ApiToken} provider) sets a session; CSRF protection (Spring Security's
 * synchronizer token in the session, put into every form by Thymeleaf) guards every POST,
 * sign-in included. The API chain ({@link ApiSecurity}) stays stateless and never reads the
 * session, so a session cookie authorises nothing under {@code /api}.
 *
 * <p>Reading the page follows {@code yardstick.api.protect-reads}, like every other read;
 * every decision needs the session.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSecurity {

    static final String PAGE = "/review";
    static final String SIGN_IN = "/review/sign-in";
    static final String TOKEN_FIELD = "token";

    @Bean
    @Order(1)
    SecurityFilterChain reviewFilterChain(HttpSecurity http, ApiProperties properties, AuthenticationProvider provider) throws Exception {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        AuthenticationFilter signIn = new AuthenticationFilter(new ProviderManager(provider),
                request -> new ApiToken.Presented(request.getParameter(TOKEN_FIELD) == null ? "" : request.getParameter(TOKEN_FIELD), false));
        signIn.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGN_IN));
        signIn.setSecurityContextRepository(sessions);
        signIn.setSuccessHandler((request, response, authentication) -> {
            request.changeSessionId(); // a session fixed before sign-in is not the one that is signed in (OWASP session fixation)
            response.sendRedirect(request.getContextPath() + PAGE);
        });
        signIn.setFailureHandler((request, response, e) -> response.sendRedirect(request.getContextPath() + SIGN_IN + "?error"));

        http.securityMatcher(PAGE, PAGE + "/**")
                .addFilterBefore(signIn, AuthorizationFilter.class)
                .securityContext(c -> c.securityContextRepository(sessions))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(Customizer.withDefaults())
                .requestCache(c -> c.disable())
                .logout(l -> l.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PAGE + "/sign-out"))
                        .logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
                .authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    a.requestMatchers(SIGN_IN).permitAll();
                    a.requestMatchers(HttpMethod.GET, PAGE + "/review.css").permitAll();
                    if (!properties.protectReads()) {
                        a.requestMatchers(HttpMethod.GET, PAGE).permitAll();
                    }
                    a.anyRequest().authenticated();
                });
        return http.build();
    }
}
