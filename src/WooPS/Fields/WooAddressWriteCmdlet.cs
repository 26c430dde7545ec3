using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;

namespace WooPS.Fields
{
    /// <summary>
    /// The billing and shipping addresses, which customers and orders hold alike: a hashtable or an object of the
    /// address fields to change, of which only those given are sent and changed.
    /// </summary>
    public abstract class WooAddressWriteCmdlet : WooFieldWriteCmdlet
    {
        /// <summary>The billing address fields to change: a hashtable or an object with first_name, last_name, company, address_1, address_2, city, state, postcode, country, email, phone.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("billing")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public object? Billing { get; set; }

        /// <summary>The shipping address fields to change: as -Billing, without email.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("shipping")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public object? Shipping { get; set; }
    }
}
