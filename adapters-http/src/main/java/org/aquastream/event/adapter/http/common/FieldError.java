package org.aquastream.event.adapter.http.common;

/** One refused input: the body field, query or path parameter, or header, and why. */
public record FieldError(String field, String message) {}
