package io.bitewing.shared.web;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * swagger-core's model resolver, told what the service's own Jackson writes: a decimal formatted as a string
 * ({@code @JsonFormat(shape = STRING)}, e.g. {@link io.bitewing.shared.money.MoneyString}) is a string on the wire,
 * and each model is noted with which of its properties are always written ({@link JsonConfig} includes nulls unless a type
 * says otherwise) and which can never be null. {@link ResponseSchemaDocs} turns those notes into {@code required}
 * and nullable types on the schemas that answers use.
 */
final class WireModelResolver extends ModelResolver {

    /** What a model's Jackson writes: the properties always written, in order, and those never null. */
    record Written(List<String> always, List<String> neverNull) {}

    /** By schema name (unique: see {@link OpenApiConfig.ModuleTypeNames}); both resolvers learn the same facts. */
    private static final Map<String, Written> WRITTEN = new ConcurrentHashMap<>();

    private static final Map<String, String> OWNERS = new ConcurrentHashMap<>();

    static final String DECIMAL_PATTERN = "^-?\\d+\\.\\d{2}$";

    WireModelResolver(ObjectMapper mapper, TypeNameResolver names, boolean openapi31) {
        super(mapper, names);
        openapi31(openapi31);
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> next) {
        JavaType javaType = _mapper.constructType(type.getType());
        if (javaType.getRawClass() == BigDecimal.class && writtenAsString(type.getCtxAnnotations())) {
            Schema<?> text = isOpenapi31() ? new JsonSchema().typesItem("string") : new StringSchema();
            return text.format("decimal")
                    .pattern(DECIMAL_PATTERN)
                    .example("50.00")
                    .description("A decimal with two places, written as a string.");
        }
        Schema<?> schema = super.resolve(type, context, next);
        if (schema != null && isModel(javaType)) {
            var description = _mapper.getSerializationConfig().introspect(javaType);
            String name = _typeName(javaType, description);
            // Asked for a reference, the resolver answers one and keeps the model among the context's definitions.
            Schema<?> model = schema.getProperties() != null
                    ? schema
                    : context.getDefinedModels().get(name);
            if (model != null && model.getProperties() != null) {
                claim(name, javaType);
                var sent = new ArrayList<String>();
                var neverNull = new ArrayList<String>();
                learn(model, description, sent, neverNull);
                WRITTEN.put(name, new Written(List.copyOf(sent), List.copyOf(neverNull)));
            }
        }
        return schema;
    }

    /**
     * Two types under one schema name would publish one type's fields for the other's answers: refuse to build such a
     * document rather than let it lie.
     */
    private static void claim(String name, JavaType type) {
        String previous = OWNERS.putIfAbsent(name, type.toCanonical());
        if (previous != null && !previous.equals(type.toCanonical())) {
            throw new IllegalStateException("Both " + previous + " and " + type.toCanonical()
                    + " would be published as schema " + name + "; rename one of them");
        }
    }

    private static boolean isModel(JavaType type) {
        return !type.isContainerType()
                && !type.isEnumType()
                && !type.isPrimitive()
                && !type.getRawClass().getName().startsWith("java.");
    }

    private void learn(Schema<?> schema, BeanDescription description, List<String> sent, List<String> neverNull) {
        JsonInclude.Include typeLevel =
                description.findPropertyInclusion(JsonInclude.Value.empty()).getValueInclusion();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.getPrimaryMember() != null
                    && property.getPrimaryMember().hasAnnotation(JsonUnwrapped.class)) {
                // An unwrapped value's fields are written among this model's own.
                learn(schema, _mapper.getSerializationConfig().introspect(property.getPrimaryType()), sent, neverNull);
                continue;
            }
            String name = property.getName();
            if (!schema.getProperties().containsKey(name) || !property.couldSerialize()) {
                continue;
            }
            JsonInclude.Include own = property.findInclusion().getValueInclusion();
            JsonInclude.Include inclusion = own == JsonInclude.Include.USE_DEFAULTS ? typeLevel : own;
            if (inclusion == JsonInclude.Include.ALWAYS || inclusion == JsonInclude.Include.USE_DEFAULTS) {
                sent.add(name);
            }
            if (neverNull(property)) {
                neverNull.add(name);
            }
        }
    }

    /**
     * Primitives and collections (records hold {@code List.of()}, never null) cannot be null, unless the collection's
     * schema says it may (a report not there yet); nor can a row's {@code id}, nor a property marked
     * {@link NotNull}. Everything else may be.
     */
    private static boolean neverNull(BeanPropertyDefinition property) {
        JavaType type = property.getPrimaryType();
        var member = property.getPrimaryMember();
        var schema = member == null ? null : member.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return type.isPrimitive()
                || (type.isContainerType() && (schema == null || !schema.nullable()))
                || "id".equals(property.getName())
                || (property.getPrimaryMember() != null
                        && property.getPrimaryMember().hasAnnotation(NotNull.class));
    }

    private static boolean writtenAsString(Annotation[] annotations) {
        if (annotations == null) {
            return false;
        }
        for (Annotation annotation : annotations) {
            JsonFormat format = annotation instanceof JsonFormat direct
                    ? direct
                    : annotation.annotationType().isAnnotationPresent(JacksonAnnotationsInside.class)
                            ? annotation.annotationType().getAnnotation(JsonFormat.class)
                            : null;
            if (format != null && format.shape() == JsonFormat.Shape.STRING) {
                return true;
            }
        }
        return false;
    }

    /** What the model of that schema name writes, or null for a schema no Java type of the service made. */
    static Written written(String schemaName) {
        return WRITTEN.get(schemaName);
    }
}
