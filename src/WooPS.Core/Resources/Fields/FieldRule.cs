using System;
using System.Collections.Generic;

namespace WooPS.Core.Resources.Fields
{
    /// <summary>
    /// One writable field of a resource as WooCommerce's schema has it: its form, its choices, and how it is
    /// emptied. The same rule serves binding (how a cell is read), completion (the choices) and the checks made
    /// before a row joins a batch, where WooCommerce skips its own (captures 53, 65e).
    /// </summary>
    public sealed class FieldRule
    {
        private FieldRule(string name, FieldForm form, IReadOnlyList<string>? choices, object? cleared, bool clearable)
        {
            Name = name;
            Form = form;
            Choices = choices;
            Cleared = cleared;
            Clearable = clearable;
        }

        /// <summary>WooCommerce's name for the field.</summary>
        public string Name { get; }

        public FieldForm Form { get; }

        /// <summary>The values the field takes, when it takes only some (lower-case, as WooCommerce writes them).</summary>
        public IReadOnlyList<string>? Choices { get; }

        /// <summary>The field has an "unset" state that can be written.</summary>
        public bool Clearable { get; }

        /// <summary>What empties it: "" for text, money and dates (capture 54), [] for lists, 0 for a limit.</summary>
        public object? Cleared { get; }

        /// <summary>The store takes it only when the item is made (a customer's user name).</summary>
        public bool CreateOnly { get; private set; }

        /// <summary>The store takes it but never sends it back (a password): it cannot be compared, and is never shown.</summary>
        public bool WriteOnly { get; private set; }

        /// <summary>The store defines the choices itself (order statuses); <see cref="Choices"/> are WooCommerce's own.</summary>
        public StoreChoiceList? ChoicesFrom { get; private set; }

        /// <summary>For <see cref="FieldForm.Ids"/> and the term forms: the resource whose items the values name.</summary>
        public WooResource? Refers { get; private set; }

        public static FieldRule Text(string name) => new FieldRule(name, FieldForm.Text, null, null, false);

        /// <summary>Text that "" empties.</summary>
        public static FieldRule ClearableText(string name) => new FieldRule(name, FieldForm.Text, null, string.Empty, true);

        public static FieldRule Choice(string name, params string[] choices) => new FieldRule(name, FieldForm.Text, choices, null, false);

        /// <summary>One of the values the store defines (<see cref="StoreChoiceList"/>), checked against the store's own list.</summary>
        public static FieldRule StoreChoice(string name, StoreChoiceList list) => new FieldRule(name, FieldForm.Text, list.Known, null, false) { ChoicesFrom = list };

        public static FieldRule Amount(string name) => new FieldRule(name, FieldForm.Amount, null, string.Empty, true);

        public static FieldRule NumberText(string name) => new FieldRule(name, FieldForm.NumberText, null, string.Empty, true);

        public static FieldRule Whole(string name) => new FieldRule(name, FieldForm.Whole, null, null, false);

        /// <summary>A whole number where 0 means "no limit", and the store answers null for it.</summary>
        public static FieldRule Limit(string name) => new FieldRule(name, FieldForm.Whole, null, 0L, true);

        public static FieldRule Flag(string name) => new FieldRule(name, FieldForm.Flag, null, null, false);

        public static FieldRule Date(string name) => new FieldRule(name, FieldForm.Date, null, string.Empty, true);

        public static FieldRule Email(string name) => new FieldRule(name, FieldForm.Email, null, null, false);

        public static FieldRule Emails(string name) => new FieldRule(name, FieldForm.Emails, null, Array.Empty<object>(), true);

        public static FieldRule Ids(string name, WooResource refers) => new FieldRule(name, FieldForm.Ids, null, Array.Empty<object>(), true) { Refers = refers };

        public static FieldRule TermObjects(string name, WooResource taxonomy) => new FieldRule(name, FieldForm.TermObjects, null, Array.Empty<object>(), true) { Refers = taxonomy };

        public static FieldRule TermId(string name, WooResource taxonomy) => new FieldRule(name, FieldForm.TermId, null, null, false) { Refers = taxonomy };

        public static FieldRule AttributeChoices(string name) => new FieldRule(name, FieldForm.AttributeChoices, null, null, false);

        public static FieldRule Structure(string name) => new FieldRule(name, FieldForm.Structure, null, null, false);

        public FieldRule OnCreateOnly()
        {
            FieldRule copy = Copy(Choices);
            copy.CreateOnly = true;
            return copy;
        }

        public FieldRule NeverSentBack()
        {
            FieldRule copy = Copy(Choices);
            copy.WriteOnly = true;
            return copy;
        }

        /// <summary>The same field with other choices (a variation's status has no "future").</summary>
        public FieldRule WithChoices(params string[] choices) => Copy(choices);

        public override string ToString() => Name;

        private FieldRule Copy(IReadOnlyList<string>? choices) =>
            new FieldRule(Name, Form, choices, Cleared, Clearable) { CreateOnly = CreateOnly, WriteOnly = WriteOnly, Refers = Refers, ChoicesFrom = ChoicesFrom };
    }
}
