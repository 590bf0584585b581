package org.familyvoice.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Seals authenticator secrets before they are stored: AES-256-GCM with the key in {@code familyvoice.mfa.secret-key}
 * (Base64 of 32 bytes, from the environment variable {@code FAMILYVOICE_MFA_KEY}). Without a key they are stored as
 * they are, marked {@code plain:}, and a warning is logged at start: fine for the demo, not for production.
 * A sealed value is {@code aesgcm:} + Base64(12-byte nonce + ciphertext and tag).
 *
 * <p>To change the key, set the new one and list the old one in {@code familyvoice.mfa.previous-secret-keys}
 * ({@code FAMILYVOICE_MFA_PREVIOUS_KEYS}, comma-separated): secrets sealed with an old key still open, and
 * {@link MfaKeyRotation} seals every one again with the new key when the application starts; after that the old key
 * can be dropped.
 */
@Component
public class MfaSecrets {

    private static final Logger log = LoggerFactory.getLogger(MfaSecrets.class);
    private static final String PLAIN = "plain:";
    private static final String SEALED = "aesgcm:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    /** Keys used before the current one: secrets sealed with them still open, and are sealed again at start. */
    private final List<SecretKeySpec> previousKeys;

    MfaSecrets(@Value("${familyvoice.mfa.secret-key:}") String base64Key,
               @Value("${familyvoice.mfa.previous-secret-keys:}") String previousBase64Keys) {
        if (base64Key == null || base64Key.isBlank()) {
            key = null;
            log.warn("familyvoice.mfa.secret-key (FAMILYVOICE_MFA_KEY) is not set: authenticator secrets are stored "
                    + "unencrypted. Set a key (openssl rand -base64 32) before production use.");
        } else {
            key = aesKey(base64Key, "familyvoice.mfa.secret-key");
        }
        List<SecretKeySpec> previous = new ArrayList<>();
        if (previousBase64Keys != null) {
            for (String k : previousBase64Keys.split(",")) {
                if (!k.isBlank()) {
                    previous.add(aesKey(k, "familyvoice.mfa.previous-secret-keys"));
                }
            }
        }
        previousKeys = List.copyOf(previous);
    }

    private static SecretKeySpec aesKey(String base64Key, String property) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length != 32) {
            throw new IllegalArgumentException(property + " must be Base64 of 32 bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The secret as it is to be stored. */
    public String seal(String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] all = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
            return SEALED + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a secret", e);
        }
    }

    /** The secret from its stored form (sealed with the current key or a previous one, or plain). */
    String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(SEALED) || (key == null && previousKeys.isEmpty())) {
            throw new IllegalStateException("a sealed authenticator secret needs familyvoice.mfa.secret-key");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        List<SecretKeySpec> keys = new ArrayList<>();
        if (key != null) {
            keys.add(key);
        }
        keys.addAll(previousKeys);
        for (SecretKeySpec k : keys) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(128, all, 0, 12));
                return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.US_ASCII);
            } catch (javax.crypto.AEADBadTagException wrongKey) {
                // sealed with another key: try the next (GCM's tag tells a wrong key from the right one)
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("could not open an authenticator secret", e);
            }
        }
        throw new IllegalStateException("could not open an authenticator secret: not sealed with the current key "
                + "or any of familyvoice.mfa.previous-secret-keys");
    }

    /**
     * Whether a stored secret should be sealed again: stored plain although a key is set now, or sealed with a
     * previous key.
     */
    boolean needsResealing(String stored) {
        if (key == null) {
            return false;
        }
        if (stored.startsWith(PLAIN)) {
            return true;
        }
        if (!stored.startsWith(SEALED)) {
            return false;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            cipher.doFinal(all, 12, all.length - 12);
            return false;
        } catch (GeneralSecurityException notTheCurrentKey) {
            return true;
        }
    }
}
