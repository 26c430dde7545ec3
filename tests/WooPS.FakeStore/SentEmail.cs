namespace WooPS.FakeStore;

/// <summary>
/// An e-mail the store sent, as far as a test needs to know it: which order it was about, to whom, what
/// kind (WooCommerce's e-mail id, e.g. "customer_note") and its text (the note, for a customer note).
/// </summary>
public sealed record SentEmail(long OrderId, string To, string Kind, string Text);
