package cn.onewindow.platform.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Jackson reads and writes a bean's properties through lambdas it generates once per property (the Blackbird module),
 * not through {@code Method.invoke} and {@code Field.get} on every call. Every request, response and event of the
 * suite passes through this mapper: a profile of the full journey had Jackson's reflective getter calls alone at about
 * 2 % of intake's CPU samples (docs/performance.md, session 26). What Blackbird cannot reach (a class it may not
 * look into) it leaves to the reflective path, so nothing is read or written differently.
 */
@Singleton
public class GeneratedAccessors implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
