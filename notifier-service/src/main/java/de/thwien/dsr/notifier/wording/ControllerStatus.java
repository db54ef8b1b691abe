package de.thwien.dsr.notifier.wording;

/**
 * Whether the controller is a merchant (Kaufmann, configuration {@code dsr.controller.merchant}): § 257 HGB binds
 * only merchants, § 147 AO binds every controller (LEGAL.md §3), so a notice cites the HGB only for a merchant.
 */
public enum ControllerStatus {
    MERCHANT,
    NOT_A_MERCHANT;

    public static ControllerStatus merchant(boolean merchant) {
        return merchant ? MERCHANT : NOT_A_MERCHANT;
    }

    public boolean boundByCommercialCode() {
        return this == MERCHANT;
    }
}
