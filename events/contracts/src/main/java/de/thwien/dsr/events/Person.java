package de.thwien.dsr.events;

/**
 * The personal data an event carries about the data subject. It travels only in the event's
 * {@code personal} block, so that encrypting that block per case (crypto-shredding) stays a
 * local change of the codec.
 */
public record Person(String email, String name) {
}
