package org.familyvoice.feedback;

/** The kinds of possible harm or risk the safeguarding screener looks for. */
public enum Concern {
    VIOLENCE,
    SEXUAL_HARM,
    SELF_HARM,
    MISSING,
    UNSAFE,
    EXPLOITATION,
    NEGLECT
}
