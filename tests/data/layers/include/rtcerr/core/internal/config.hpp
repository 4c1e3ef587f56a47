// An internal header of the fixture.
#pragma once
