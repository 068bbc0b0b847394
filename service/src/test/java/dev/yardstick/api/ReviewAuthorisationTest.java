package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may decide on the review page and through /api/review: the page's forms need a signed-in
 * session and its CSRF token; the JSON API needs the bearer token and ignores any session.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewAuthorisationTest {

    private static final String TOKEN = "review-auth-token-123";
    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final String DECISION = "{\"action\":\"reject\",\"organisation\":\"newtown\",\"subject\":\"p_missing_count\"}";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void influx(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "review_auth");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void aDecisionFromTheFormWithoutSigningInIsSentToSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/review/newtown/reject").session(session).param("subject", "p_missing_count").param("_csrf", csrfToken(session)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/review/sign-in"));
    }

    @Test
    void theSignInFormRefusesAWrongTokenAndAPostWithoutCsrfToken() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/review/sign-in").session(session).param("token", "wrong").param("_csrf", csrfToken(session)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/review/sign-in?error"));
        mvc.perform(post("/review/sign-in").param("token", TOKEN)).andExpect(status().isForbidden());
    }

    @Test
    void aSignedInDecisionWithoutCsrfTokenIsForbiddenAndWithItIsTaken() throws Exception {
        MockHttpSession session = signIn();
        mvc.perform(post("/review/newtown/reject").session(session).param("subject", "p_missing_count"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/newtown/reject").session(session).param("subject", "p_missing_count").param("_csrf", csrfToken(session)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/review"))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem")).asString().contains("p_missing_count"));
    }

    @Test
    void theJsonApiNeedsTheBearerTokenAndASessionCookieDoesNotStandInForIt() throws Exception {
        mvc.perform(post("/api/review/decisions").contentType(MediaType.APPLICATION_JSON).content(DECISION))
                .andExpect(status().isUnauthorized()).andExpect(header().string("WWW-Authenticate", "Bearer"));
        MockHttpSession signedIn = signIn();
        mvc.perform(post("/api/review/decisions").session(signedIn).param("_csrf", csrfToken(signedIn)).contentType(MediaType.APPLICATION_JSON).content(DECISION))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/review/decisions").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content(DECISION))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("no provisional indicator p_missing_count"));
        mvc.perform(post("/api/review/decisions").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content(DECISION.replace("reject", "promote")))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("accept, merge, rename or reject"));
    }

    @Test
    void theApiAnswersWithoutCreatingASession() throws Exception {
        mvc.perform(get("/api/review")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
    }

    private MockHttpSession signIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/review/sign-in").session(session).param("token", TOKEN).param("_csrf", csrfToken(session)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/review"));
        return session;
    }

    /** The CSRF token the sign-in form carries for this session, as a browser would read it. */
    private String csrfToken(MockHttpSession session) throws Exception {
        String html = mvc.perform(get("/review/sign-in").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the sign-in form carries a CSRF token").isTrue();
        return m.group(1);
    }
}
