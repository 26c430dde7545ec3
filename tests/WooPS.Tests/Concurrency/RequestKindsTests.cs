using System.Linq;
using WooPS.Core.Http;

namespace WooPS.Tests.Concurrency
{
    public class RequestKindsTests
    {
        private const string Products = "GET /wp-json/wc/v3/products";

        [Fact]
        public void Sizes_around_one_that_made_a_kind_stay_that_kind_on_both_sides_of_any_step()
        {
            var kinds = new RequestKinds();

            // 10-product pages of about 21 KB: wherever fixed steps of 1.5× fell, some would fall between them.
            string first = kinds.Of(Products, 21_000);

            Assert.All(new long[] { 19_500, 21_900, 23_500, 18_000, 30_000 }, bytes => Assert.Equal(first, kinds.Of(Products, bytes)));
        }

        [Fact]
        public void A_size_past_1_5_times_of_every_kind_makes_a_kind_of_its_own()
        {
            var kinds = new RequestKinds();
            string page = kinds.Of(Products, 200_000);

            string lastPage = kinds.Of(Products, 40_000);
            string idOnly = kinds.Of(Products, 9);

            Assert.Equal(new[] { page, lastPage, idOnly }.Length, new[] { page, lastPage, idOnly }.Distinct().Count());
            Assert.Equal(lastPage, kinds.Of(Products, 45_000));
            Assert.Equal(page, kinds.Of(Products, 150_000));
        }

        [Fact]
        public void A_size_between_two_kinds_joins_the_nearer()
        {
            var kinds = new RequestKinds();
            string small = kinds.Of(Products, 10_000);
            string large = kinds.Of(Products, 20_000);

            // Both within 1.5× of both kinds.
            Assert.Equal(small, kinds.Of(Products, 14_000));
            Assert.Equal(large, kinds.Of(Products, 14_500));
        }

        [Fact]
        public void Routes_and_methods_are_kinds_apart_whatever_the_size()
        {
            var kinds = new RequestKinds();

            string[] all = { kinds.Of(Products, 500), kinds.Of("POST /wp-json/wc/v3/products/batch", 500), kinds.Of("GET /wp-json/wc/v3/orders", 500) };

            Assert.Equal(3, all.Distinct().Count());
        }

        [Fact]
        public void An_answer_without_a_length_is_a_kind_of_its_own()
        {
            var kinds = new RequestKinds();

            Assert.NotEqual(kinds.Of(Products, 0), kinds.Of(Products, 2_000));
            Assert.Equal(kinds.Of(Products, 0), kinds.Of(Products, 1));
        }
    }
}
