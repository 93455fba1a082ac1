/* Defines an AMD module in a web resource that is not in the atl.dashboard context (DescriptorTest). */
define('xla/dashboard/fixture', [], function () {
    'use strict';
    return function FixtureItem() {};
});
