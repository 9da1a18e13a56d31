package cn.onewindow.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

import cn.onewindow.platform.problem.Problem;

class ProblemSchemaTest {

    @Test
    void thePublishedSchemaHasExactlyTheProblemsFields() {
        List<String> fields = Arrays.stream(Problem.class.getRecordComponents()).map(c -> c.getName()).toList();
        assertThat(ProblemSchema.schema().getProperties().keySet()).containsExactlyInAnyOrderElementsOf(fields);
    }

    @Test
    void everyErrorAnswerWithoutContentIsAProblemDocument() {
        Operation op = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed")));
        PublishedApi.problems(op);

        assertThat(op.getResponses().getAPIResponse("200").getContent()).isNull();
        assertThat(op.getResponses().getAPIResponse("403").getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef())
                .isEqualTo("#/components/schemas/" + PublishedApi.PROBLEM);
    }
}
