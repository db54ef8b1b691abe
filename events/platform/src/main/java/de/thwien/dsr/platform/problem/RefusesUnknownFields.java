package de.thwien.dsr.platform.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request body that refuses fields it does not have with 400 ({@link StrictRequestBodies}): for what people and
 * their tools send us, where a misspelt field would otherwise be dropped without a word.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RefusesUnknownFields {
}
