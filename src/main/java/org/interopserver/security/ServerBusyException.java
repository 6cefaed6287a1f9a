package org.interopserver.security;

/** The server is out of capacity for this kind of work right now; the client should retry later (503). */
public class ServerBusyException extends RuntimeException {
    public ServerBusyException(String message) {
        super(message);
    }
}
