package org.interopserver.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.interopserver.model.ModelJson;

/** Every JSON the API writes goes through the model's mapper (snake_case, no nulls). */
@Provider
public class ObjectMapperProvider implements ContextResolver<ObjectMapper> {
    @Override
    public ObjectMapper getContext(Class<?> type) {
        return ModelJson.MAPPER;
    }
}
