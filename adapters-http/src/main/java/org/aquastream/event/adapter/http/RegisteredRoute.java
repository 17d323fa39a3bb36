package org.aquastream.event.adapter.http;

/** A route the server really answers: the HTTP method and the path template ({@code {id}}). */
public record RegisteredRoute(String method, String path) {}
