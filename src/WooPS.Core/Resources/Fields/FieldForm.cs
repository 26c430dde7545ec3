namespace WooPS.Core.Resources.Fields
{
    /// <summary>The shape WooCommerce's schema gives a writable field, which decides how a value is read and checked.</summary>
    public enum FieldForm
    {
        /// <summary>Any text; with choices, one of them.</summary>
        Text,

        /// <summary>Money, sent as a string (<c>"12.50"</c>); a dot before the decimals.</summary>
        Amount,

        /// <summary>A number WooCommerce keeps as a string that is not money (a weight, a dimension).</summary>
        NumberText,

        /// <summary>A whole number (a stock quantity, a limit, an id).</summary>
        Whole,

        /// <summary>true or false.</summary>
        Flag,

        /// <summary>A date and time.</summary>
        Date,

        /// <summary>An e-mail address.</summary>
        Email,

        /// <summary>A list of e-mail addresses, kept lower-cased by the store (a coupon's e-mail restrictions).</summary>
        Emails,

        /// <summary>Ids of items of another resource (a coupon's products, its categories); given by id, key or name, sent as ids.</summary>
        Ids,

        /// <summary>Terms sent as <c>[{"id":…}]</c> (a product's categories and tags).</summary>
        TermObjects,

        /// <summary>One term sent as its id (a category's parent).</summary>
        TermId,

        /// <summary>A variation's attribute values (<c>Color = Blue</c>), sent as <c>[{"id" or "name","option"}]</c>.</summary>
        AttributeChoices,

        /// <summary>An object or a list of them (an address, dimensions, meta data): sent as given.</summary>
        Structure,
    }
}
