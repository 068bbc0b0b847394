package dev.yardstick.api;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The shape every refusal has: the status, problem+json, our stable type and a detail. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static ResultActions problem(ResultActions answer, int status, String type) throws Exception {
        return answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.BASE + type))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
