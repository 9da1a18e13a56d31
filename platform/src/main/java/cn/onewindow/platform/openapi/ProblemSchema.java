package cn.onewindow.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import cn.onewindow.platform.problem.Problem;

/** The published schema of {@link Problem}: what a caller reads from every refusal (ProblemSchemaTest keeps the two alike). */
final class ProblemSchema {
    private ProblemSchema() {
    }

    static Schema schema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 7807 problem document (application/problem+json). A program acts on `code` (stable; the table "
                        + "in docs/departments.md); `detail` is English, `titleZh` and `detailZh` Chinese for people.")
                .required(List.of("type", "title", "status", "code"))
                .addProperty("type", text("https://onewindow.cn/problems/<code>"))
                .addProperty("title", text("The HTTP status's reason phrase"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", text("What went wrong, in English"))
                .addProperty("instance", text("The path that was called (the service's own)"))
                .addProperty("code", text("The stable problem code, e.g. not-found, invalid-request, illegal-status-change"))
                .addProperty("titleZh", text("The HTTP status's title in Chinese"))
                .addProperty("detailZh", text("What went wrong, in Chinese"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                        .additionalPropertiesSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                        .description("Field by field, where several fields were wrong"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
